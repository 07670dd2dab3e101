// Exercises: strconv Atoi, Itoa, ParseFloat, FormatFloat, ParseBool, Quote, FormatInt bases
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("-42")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64))
	fmt.Println(strconv.Itoa(255), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.AppendInt([]byte("x="), 7, 10))
	v, _ := strconv.ParseInt("ff", 16, 64)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(v, u, err)
}
