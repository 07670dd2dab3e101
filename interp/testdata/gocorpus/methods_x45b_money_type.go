package main

import (
	"fmt"
	"strings"
)

// Money is an amount in integer cents.
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	dollars := int64(m) / 100
	cents := int64(m) % 100
	s := fmt.Sprintf("%d", dollars)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return fmt.Sprintf("%s$%s.%02d", sign, b.String(), cents)
}

func (m Money) Add(o Money) Money { return m + o }

func (m Money) Mul(q int64) Money { return m * Money(q) }

// Percent applies a rate in basis points with half-up rounding.
func (m Money) Percent(bps int64) Money {
	v := int64(m) * bps
	if v >= 0 {
		return Money((v + 5000) / 10000)
	}
	return Money((v - 5000) / 10000)
}

func Dollars(d int64, c int64) Money { return Money(d*100 + c) }

func main() {
	amounts := []Money{0, 5, 99, 100, 123456, 100000000, -4250, Dollars(19, 99)}
	for _, a := range amounts {
		fmt.Printf("%12d cents = %s\n", int64(a), a)
	}
	price := Dollars(1299, 95)
	fmt.Println("price:", price)
	fmt.Println("x3:", price.Mul(3))
	fmt.Println("7.25% tax:", price.Percent(725))
	fmt.Println("total:", price.Add(price.Percent(725)))
	fmt.Printf("%v|%s|%d\n", price, price, price)
	fmt.Printf("%T\n", price)
	var total Money
	for i := 1; i <= 10; i++ {
		total += Money(i * 333)
	}
	fmt.Println("sum:", total, "neg:", -total)
	fmt.Println([]Money{1, 20, 300})
	fmt.Printf("%+v\n", map[string]Money{"b": 250, "a": 100})
}
