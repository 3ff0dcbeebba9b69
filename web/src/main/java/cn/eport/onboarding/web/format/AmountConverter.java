package cn.eport.onboarding.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;

/**
 * An amount field (注册资金, 折美元) as people write it: "500" rather than the "500.0000" a column
 * of scale 4 gives back, so the modify page shows what the view page and the lists show. Accepts
 * digits with an optional sign and decimal point; the field's {@code converterMessage} says what went wrong.
 */
@FacesConverter("eport.Amount")
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return format(value);
    }

    /** {@code null} for a blank text; refused (ConverterException) for anything but a plain decimal. */
    static BigDecimal parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        // a minus sign is read, so that the field's rule can say exactly what is wrong (不能小于 0)
        if (!value.matches("-?(\\d+(\\.\\d+)?|\\.\\d+)")) {
            throw new ConverterException();
        }
        return new BigDecimal(value);
    }

    /** The amount without trailing zeros and never in exponent form (500, 12.5, 1000). */
    static String format(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
