package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Problem 13 style: first ten digits of the sum of large numbers.

var numbers = []string{
	"37107287533902102798797998220837590246510135740250",
	"46376937677490009712648124896970078050417018260538",
	"74324986199524741059474233309513058123726617309629",
	"91942213363574161572522430563301811072406154908250",
	"23067588207539346171171980310421047513778063246676",
	"89261670696623633820136378418383684178734361726757",
	"28112879812849979408065481931592621691275889832738",
	"44274228917432520321923589422876796487670272189318",
	"47451445736001306439091167216856844588711603153276",
	"70386486105843025439939619828917593665686757934951",
}

func addStrings(a, b string) string {
	if len(a) < len(b) {
		a, b = b, a
	}
	b = strings.Repeat("0", len(a)-len(b)) + b
	out := make([]byte, len(a)+1)
	carry := 0
	for i := len(a) - 1; i >= 0; i-- {
		d := int(a[i]-'0') + int(b[i]-'0') + carry
		out[i+1] = byte('0' + d%10)
		carry = d / 10
	}
	out[0] = byte('0' + carry)
	return strings.TrimLeft(string(out), "0")
}

func main() {
	total := new(big.Int)
	for i, s := range numbers {
		n, ok := new(big.Int).SetString(s, 10)
		if !ok {
			panic(fmt.Sprintf("bad number at %d", i))
		}
		total.Add(total, n)
	}
	str := total.String()
	fmt.Println("sum:", str)
	fmt.Println("first ten:", str[:10])

	manual := "0"
	for _, s := range numbers {
		manual = addStrings(manual, s)
	}
	fmt.Println("manual equal:", manual == str)

	_, ok := new(big.Int).SetString("12x4", 10)
	fmt.Println("parse bad:", ok)
	fmt.Printf("hex: %x\n", total)
	fmt.Println("digits:", len(total.Text(10)), "binary digits:", len(total.Text(2)))
}
