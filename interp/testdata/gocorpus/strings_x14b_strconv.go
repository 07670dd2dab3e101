package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0x1F", "0b1010", "1_000", "9223372036854775808", "abc", ""}
	for _, s := range inputs {
		n, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%-22q err func=%s range=%v syntax=%v\n", s, ne.Func, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			}
			continue
		}
		fmt.Printf("%-22q = %d\n", s, n)
	}
	for _, f := range []float64{3.14159, 1e21, 1e-7, 0.1 + 0.2, 100} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there \"q\" é ☺"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, 7, 10)
	buf = append(buf, ',')
	buf = strconv.AppendQuote(buf, "x")
	buf = strconv.AppendBool(buf, false)
	fmt.Println(string(buf))
	v, err := strconv.Atoi("12a")
	fmt.Println(v, err)
}
