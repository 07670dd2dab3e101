// Exercises: strconv round trips Itoa/Atoi, FormatInt bases, ParseFloat, Quote/Unquote, ParseBool, errors from strconv
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 123
	y := fmt.Sprintf("%d", x)
	fmt.Println(y, strconv.Itoa(x))
	fmt.Println(strconv.FormatInt(int64(x), 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	m, err := strconv.ParseInt("7fffffffffffffff", 16, 64)
	fmt.Println(m, err)
	_, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(1.0/3, 'g', -1, 64))
	q := strconv.Quote("tab\there \"quoted\" é")
	fmt.Println(q)
	u, err := strconv.Unquote(q)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	for _, s := range []string{"0x1F", "0b101", "0o17", "1_000"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	fmt.Println(strconv.AppendInt([]byte("n="), -42, 10), string(strconv.AppendQuoteRune(nil, '☺')))
}
