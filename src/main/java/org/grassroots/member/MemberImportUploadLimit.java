package org.grassroots.member;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the server's upload limit ({@code spring.servlet.multipart.max-file-size}) is refused
 * before any controller runs: back to the import form with a message, not an error page.
 */
@ControllerAdvice
class MemberImportUploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/members/import/")) {
            RequestContextUtils.getOutputFlashMap(request).put("error", "memberImport.file.overLimit");
            return new ModelAndView("redirect:/members/import/upload");
        }
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
