package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"plain", "tab\there", `back\slash`, "naïve ☕", "\x00\x7f", "quote\"d"}
	for _, s := range inputs {
		q := strconv.Quote(s)
		a := strconv.QuoteToASCII(s)
		g := strconv.QuoteToGraphic(s)
		u, err := strconv.Unquote(q)
		fmt.Printf("%-14s %-18s %-22s %v %v\n", q, a, g, u == s, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.CanBackquote("a`b"))
	for _, bad := range []string{`"unterminated`, "'ab'", "`raw ok`", `'x'`} {
		v, err := strconv.Unquote(bad)
		fmt.Printf("%q -> %q %v\n", bad, v, err)
	}
	floats := []float64{0, 1.5, -2.25, 1e6, 1.0 / 3, 123456789.125, 5e-324}
	for _, f := range floats {
		fmt.Printf("%-24s %-12s %-14s %s\n",
			strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'f', -1, 32))
	}
	for _, s := range []string{"42", "-0x1F", "0b101", "1_000", "9999999999999999999", "12a"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("ParseInt(%q) = %d, %v\n", s, n, err)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -77, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "x")
	buf = strconv.AppendBool(append(buf, ' '), false)
	fmt.Println(string(buf))
	fmt.Println(strconv.Itoa(1<<20), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatInt(35, 36))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
}
