package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0x1F", "1_000", "abc", "9999999999999999999", " 5"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		m, err2 := strconv.ParseInt(in, 0, 64)
		fmt.Printf("%-22q Atoi=%d err=%v | ParseInt0=%d err=%v\n", in, n, err != nil, m, err2)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(u, err)
	f, _ := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', 3, 32))
	inf, _ := strconv.ParseFloat("inf", 64)
	nan, _ := strconv.ParseFloat("NaN", 64)
	fmt.Println(inf, math.IsNaN(nan), strconv.FormatFloat(1e21, 'f', -1, 64))
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-255), strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(math.MaxUint64, 36))
	fmt.Println(strconv.Quote("tab\there \"q\" ünï"), strconv.QuoteToASCII("ünï"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 99, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = strconv.AppendQuote(buf, "x")
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatFloat(0.1+0.2, 'f', -1, 64), 0.1+0.2 == 0.3, float32(0.1))
	x := 0.1
	fmt.Println(x+0.2, strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.IntSize, strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
}
