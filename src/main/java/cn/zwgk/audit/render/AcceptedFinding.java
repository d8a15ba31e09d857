package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Finding;

/** A finding the office has accepted for this agency (accepted.yaml), with the office's explanation. */
public record AcceptedFinding(Finding finding, String explanation) {}
