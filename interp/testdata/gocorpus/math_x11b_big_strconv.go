// Exercises: math/big factorial and Rat arithmetic, strconv formatting/parsing with bases and errors, float formatting corner cases
package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
)

func fact(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	f := fact(30)
	fmt.Println(f, f.BitLen(), len(f.String()))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.Itoa(-0))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	b, _ := strconv.ParseBool("TRUE")
	fmt.Println(b, math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.IsNaN(math.NaN()))
	var zero float64
	fmt.Println(math.Floor(-2.5), math.Round(-2.5), math.Trunc(-2.5), int(-2.5+zero), math.Mod(7, -3))
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.Signbit(math.Copysign(0, -1)))
}
