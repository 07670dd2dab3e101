package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type PhoneError struct {
	Input  string
	Reason string
}

func (e *PhoneError) Error() string { return fmt.Sprintf("invalid number %q: %s", e.Input, e.Reason) }

func Number(in string) (string, error) {
	var digits []rune
	for _, r := range in {
		switch {
		case unicode.IsDigit(r):
			digits = append(digits, r)
		case unicode.IsLetter(r):
			return "", &PhoneError{in, "letters not permitted"}
		case strings.ContainsRune(" .-()+", r):
		default:
			return "", &PhoneError{in, "punctuations not permitted"}
		}
	}
	if len(digits) == 11 {
		if digits[0] != '1' {
			return "", &PhoneError{in, "11 digits must start with 1"}
		}
		digits = digits[1:]
	}
	if len(digits) != 10 {
		return "", &PhoneError{in, fmt.Sprintf("must be 10 digits, got %d", len(digits))}
	}
	for _, pos := range []struct {
		i    int
		what string
	}{{0, "area"}, {3, "exchange"}} {
		switch digits[pos.i] {
		case '0', '1':
			return "", &PhoneError{in, pos.what + " code cannot start with " + string(digits[pos.i])}
		}
	}
	return string(digits), nil
}

func Format(in string) (string, error) {
	n, err := Number(in)
	if err != nil {
		return "", fmt.Errorf("format: %w", err)
	}
	return fmt.Sprintf("(%s) %s-%s", n[:3], n[3:6], n[6:]), nil
}

func main() {
	inputs := []string{"(223) 456-7890", "223.456.7890", "223 456   7890   ", "22234567890", "12234567890",
		"+1 (223) 456-7890", "123456789", "321234567890", "523-abc-7890", "523-@:!-7890", "(023) 456-7890",
		"(223) 156-7890", "1 (123) 456-7890"}
	for _, in := range inputs {
		f, err := Format(in)
		if err != nil {
			var pe *PhoneError
			errors.As(err, &pe)
			fmt.Printf("%-22q ERR %s | reason=%s\n", in, err, pe.Reason)
			continue
		}
		fmt.Printf("%-22q %s\n", in, f)
	}
}
