// Exercises: number parsing with strconv: ParseFloat, ParseInt with bases, ParseUint, Atoi, errors on bad input and range, Itoa/FormatInt/Quote, ParseBool.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e, errors.Is(e, strconv.ErrRange))
	var ne *strconv.NumError
	if errors.As(e, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	b, _ := strconv.ParseInt("-101", 2, 64)
	fmt.Println(b)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.FormatBool(true))
	ok, err := strconv.ParseBool("T")
	fmt.Println(ok, err)
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	var sum float64
	for _, t := range []string{"1.5", "2", "abc", "1e3"} {
		v, err := strconv.ParseFloat(t, 64)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
}
