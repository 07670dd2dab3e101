// Exercises: inspecting *strconv.NumError from Atoi/ParseInt with errors.As and errors.Is.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "12a", "99999999999999999999", "", " 5"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err == nil {
			fmt.Printf("%q -> %d\n", in, n)
			continue
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%q -> func=%s num=%q range=%v syntax=%v\n", in, ne.Func, ne.Num,
				errors.Is(err, strconv.ErrRange), errors.Is(ne.Err, strconv.ErrSyntax))
		}
		fmt.Println("   ", err)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	v, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}
