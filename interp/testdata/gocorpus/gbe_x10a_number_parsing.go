// Exercises: number parsing - strconv.ParseFloat, ParseInt with bases and bit sizes, ParseUint, Atoi, ParseBool, NumError, Format* and Quote
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "-1e3", "NaN", "0x1p-2", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println("float", s, "=>", f, err)
	}
	for _, s := range []string{"0b1011", "0o17", "0xff", "077", "1_000", "-42"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println("int", s, "=>", n, err)
	}
	b16, _ := strconv.ParseInt("7f", 16, 8)
	b36, _ := strconv.ParseUint("zz", 36, 16)
	fmt.Println(b16, b36)

	if _, err := strconv.ParseUint("-1", 10, 64); err != nil {
		var ne *strconv.NumError
		fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	_, err := strconv.ParseInt("128", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))

	if n, err := strconv.Atoi(" 7"); err != nil {
		fmt.Println("atoi:", err)
	} else {
		fmt.Println(n)
	}
	for _, s := range []string{"1", "F", "TRUE", "on"} {
		v, err := strconv.ParseBool(s)
		fmt.Println("bool", s, v, err != nil)
	}
	f32, _ := strconv.ParseFloat("16777217", 32)
	fmt.Println(f32)

	fmt.Println(strconv.Itoa(99), strconv.FormatInt(-255, 16), strconv.FormatUint(5, 2))
	fmt.Println(strconv.FormatFloat(2.0/3, 'e', 3, 64), strconv.FormatFloat(1234.5678, 'f', -1, 32))
	fmt.Println(strconv.Quote("say \"hi\"\n"), strconv.QuoteRuneToASCII('é'), strconv.FormatBool(false))
	s, err := strconv.Unquote("'x'")
	fmt.Println(s, err)
	fmt.Println(string(strconv.AppendQuote([]byte("q="), "v")))

	var qty int
	var unit string
	n, err := fmt.Sscanf("12 kg", "%d %s", &qty, &unit)
	fmt.Println(n, err, qty, unit)
}
