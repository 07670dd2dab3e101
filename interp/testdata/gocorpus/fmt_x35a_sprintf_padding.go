package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Temp struct {
	City string
	C    Celsius
}

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	s := strconv.FormatInt(int64(m)/100, 10)
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), int64(m)%100)
}

func main() {
	temps := []Temp{{"Oslo", -3.5}, {"Cairo", 35}, {"Lima", 18.25}}
	fmt.Printf("%-8s|%8s|%8s\n", "city", "C", "F")
	fmt.Println(strings.Repeat("-", 26))
	for _, t := range temps {
		fmt.Printf("%-8s|%8v|%8.1f\n", t.City, t.C, t.C.Fahrenheit())
	}
	fmt.Println(temps)
	fmt.Printf("%v %+v\n", temps[0], temps[1])
	fmt.Printf("%.2f %g %s\n", temps[2].C, temps[2].C, temps[2].C)

	for _, m := range []Money{0, 5, 123456, -98765432, 100000000} {
		fmt.Printf("[%15s] [%-15v]\n", m, m)
	}
	fmt.Println(Money(2550) + Money(50))
	fmt.Printf("%d %v\n", Money(77), []Money{1, 200})

	fmt.Println(strconv.Quote("héllo\n"), strconv.QuoteToASCII("héllo"))
	n, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(n, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'e', 2, 64), strconv.Itoa(-45)+"!")
	fmt.Printf("%v|%6.3v|%-6d|%+.1e\n", 1234.5678, 3.14159, -12, 12345.678)
	fmt.Printf("%s\n", fmt.Sprintf("%[2]d %[1]d %[2]d", 1, 2))
}
