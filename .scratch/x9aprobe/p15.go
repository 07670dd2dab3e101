// Exercises: strconv conversions with errors, Atoi, ParseInt bases, FormatFloat, Quote
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1f", "abc", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("101101", 2, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.Quote("hi\n"), strconv.Itoa(-5))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, strconv.AppendInt([]byte("n="), 7, 10))
}
