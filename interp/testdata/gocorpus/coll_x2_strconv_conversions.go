// Exercises: strconv parsing and formatting in different bases, floats, quoting and bools.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"ff", "0x1F", "777", "101"} {
		n, err := strconv.ParseInt(s, 0, 64)
		h, _ := strconv.ParseInt(s, 16, 64)
		fmt.Println(s, n, err == nil, h)
	}
	b, _ := strconv.ParseInt("-101", 2, 8)
	fmt.Println(b)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.Itoa(1<<20), strconv.FormatUint(1<<63, 10))
	f, _ := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1+0.2, 'f', -1, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", u, err)
	for _, s := range []string{"true", "F", "1", "nope"} {
		v, err := strconv.ParseBool(s)
		fmt.Print(v, " ", err != nil, "; ")
	}
	fmt.Println()
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = strconv.AppendQuote(append(buf, ' '), "x")
	fmt.Println(string(buf))
}
