// Exercises: strconv conversions and their error values (syntax and range errors).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "3.14", "abc", "99999999999999999999", ""} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v, _ := strconv.ParseInt("ff", 16, 64)
	b, _ := strconv.ParseBool("true")
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(v, b, f)
	fmt.Println(strconv.Itoa(-12), strconv.FormatInt(255, 2), strconv.Quote("hi\n"), strconv.FormatFloat(1.5, 'f', 3, 64))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
}
