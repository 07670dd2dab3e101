package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// strconv pitfalls: Atoi vs ParseInt bit sizes, base 0 prefixes, float formatting,
// quoting, and ignoring errors.

type Setting struct {
	Key   string
	Value any
}

func parseValue(s string) any {
	if b, err := strconv.ParseBool(s); err == nil {
		return b
	}
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f
	}
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
}

func parseConfig(text string) ([]Setting, error) {
	var out []Setting
	var errs []error
	for n, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: missing '='", n+1))
			continue
		}
		out = append(out, Setting{strings.TrimSpace(k), parseValue(strings.TrimSpace(v))})
	}
	return out, errors.Join(errs...)
}

func main() {
	cfg := `
# sample
debug = true
port = 8080
mask = 0x1F
perm = 0o755
bin = 0b1010
under = 1_000_000
ratio = 0.75
big = 1e400
name = "hello\tworld"
raw = plain text
broken line
`
	settings, err := parseConfig(cfg)
	for _, s := range settings {
		fmt.Printf("%-6s %-8T %v\n", s.Key, s.Value, s.Value)
	}
	fmt.Println("err:", err)

	// Atoi does not accept prefixes or underscores.
	for _, s := range []string{"42", "0x2A", "1_000", " 7", "+9", "-0"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}

	// Bit sizes.
	_, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	// Formatting.
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	for _, f := range []float64{1.0, 0.1, 123456789.0, 1e21, 3.0e-7} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64))

	// Quoting.
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote("'a'")
	fmt.Println(s, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Println(s, err)

	// Append variants avoid allocations.
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "x")
	fmt.Println(string(buf))

	fmt.Println(strconv.Itoa(-0), strconv.IntSize)
}
