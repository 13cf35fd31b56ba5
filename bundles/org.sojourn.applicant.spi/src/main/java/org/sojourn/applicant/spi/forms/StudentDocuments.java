package org.sojourn.applicant.spi.forms;

import java.util.List;

import org.sojourn.applicant.spi.DocumentType;

/** The documents a student applying for residence uploads (應檢附文件, §8). */
public final class StudentDocuments {

    /** 大頭照. */ public static final String PHOTO = "photo";
    /** 護照. */ public static final String PASSPORT = "passport";
    /** 居留簽證. */ public static final String RESIDENT_VISA = "residentVisa";
    /** 住宿證明. */ public static final String ACCOMMODATION = "accommodationProof";
    /** 獎學金證明. */ public static final String SCHOLARSHIP_PROOF = "scholarshipProof";
    /** 入學許可. */ public static final String ADMISSION_PROOF = "admissionProof";
    /** 其他相關證明文件. */ public static final String OTHER = "other";

    private StudentDocuments() {
    }

    /** @return the documents every residence student type shares, "other" last */
    public static List<DocumentType> common() {
        return List.of(
                new DocumentType(PHOTO, "大頭照", "Photo", true, false, "必附；彩色、脫帽、臉部約占三分之二",
                        "Required; colour, no hat, face about two thirds of the picture"),
                new DocumentType(PASSPORT, "護照", "Passport", false, false, "必附", "Required"),
                new DocumentType(RESIDENT_VISA, "居留簽證", "Resident visa", false, false, "首次申請必附",
                        "Required for a first application"),
                new DocumentType(ACCOMMODATION, "住宿證明（房屋契約、戶口名簿或其他相關證明）", "Proof of accommodation", false, false,
                        "首次申請及資料異動必附；地址未變更免附", "Required when the address is new"),
                new DocumentType(SCHOLARSHIP_PROOF, "獎學金證明", "Scholarship proof", false, false, "獎學金生必附",
                        "Required for scholarship holders"),
                new DocumentType(ADMISSION_PROOF, "入學許可", "Admission proof", false, true, "學生自行申請必附",
                        "Required when the student applies alone"),
                new DocumentType(OTHER, "其他相關證明文件", "Other documents", false, false, "無則免", "Optional"));
    }
}
