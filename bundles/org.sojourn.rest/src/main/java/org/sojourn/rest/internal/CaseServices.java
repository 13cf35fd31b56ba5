package org.sojourn.rest.internal;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/** The case core's services as dynamic references see them: absent while the core is not running. */
final class CaseServices {

    private CaseServices() {
    }

    /**
     * @param service a case service, null while it is not running
     * @return the service
     * @throws DomainException {@code CASES_UNAVAILABLE} (503) when it is not running
     */
    static <S> S require(S service) {
        if (service == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "CASES_UNAVAILABLE", "案件資料暫時無法使用，請稍後再試。",
                    "Case data is unavailable right now; try again shortly.");
        }
        return service;
    }
}
