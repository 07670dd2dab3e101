// Exercises: strconv Append functions, QuoteRune, and formatting floats in different formats.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("vals:")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"))
	for _, f := range []byte{'f', 'e', 'g'} {
		fmt.Println(strconv.FormatFloat(12345.678, f, -1, 64))
	}
	fmt.Println(strconv.FormatUint(1<<63, 36))
	n, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(n, err)
}
