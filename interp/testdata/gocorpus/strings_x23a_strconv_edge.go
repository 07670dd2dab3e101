package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0x1F", "0b101", "0o17", "1_000", "9223372036854775808", "abc", ""} {
		n, err := strconv.ParseInt(s, 0, 64)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-22q err func=%s num=%q range=%v syntax=%v\n", s, ne.Func, ne.Num,
				errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Printf("%-22q %d\n", s, n)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(err)
	for _, f := range []float64{3.0, 0.1, 1e21, 1.0 / 3, -0.0, 123456789.125} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 32))
	}
	fl, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(fl, err)
	fmt.Println(strconv.Quote("tab\there \"q\" ü \x00"), strconv.QuoteToASCII("ü→"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	b := []byte("n=")
	b = strconv.AppendInt(b, -77, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuote(b, "x")
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(-255, 2), strconv.FormatUint(1<<63, 36))
	v, err := strconv.ParseBool("T")
	fmt.Println(v, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(r), mb, tail, err)
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.IntSize)
}
