// Exercises: printing error values with %v %s %q %+v, nil error formatting
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	fmt.Printf("%q\n", err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	var none error
	fmt.Printf("%v %s\n", none, none)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}
