// Exercises: strconv.Quote/QuoteToASCII/Unquote, AppendInt/AppendQuote, FormatFloat formats, FormatInt bases, Itoa.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("tab\there \"quoted\" é"))
	fmt.Println(strconv.QuoteToASCII("héllo, 世界"))
	fmt.Println(strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("not quoted")
	fmt.Println(err)

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "x")
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	fmt.Println(string(buf))

	f := 1234.56789
	for _, fm := range []byte{'f', 'e', 'g', 'E'} {
		fmt.Println(string(fm), strconv.FormatFloat(f, fm, 3, 64), strconv.FormatFloat(f, fm, -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1+0.2, 'f', -1, 64), strconv.FormatFloat(0.1+0.2, 'f', -1, 32))
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Println(base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base))
	}
	fmt.Println(strconv.Itoa(99) + strconv.Itoa(-1))
}
