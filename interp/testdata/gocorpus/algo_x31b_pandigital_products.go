package main

import (
	"fmt"
	"slices"
	"strconv"
)

// Problems 32 and 38: pandigital products and concatenated products.

const full uint16 = 0b1111111110

func digitMask(s string) (uint16, bool) {
	var m uint16
	for _, c := range s {
		bit := uint16(1) << (c - '0')
		if c == '0' || m&bit != 0 {
			return 0, false
		}
		m |= bit
	}
	return m, true
}

func isPandigital(s string) bool {
	m, ok := digitMask(s)
	return ok && len(s) == 9 && m == full
}

func main() {
	products := map[int][]string{}
	for a := 1; a < 100; a++ {
		for b := a + 1; b < 10000; b++ {
			p := a * b
			s := strconv.Itoa(a) + strconv.Itoa(b) + strconv.Itoa(p)
			if len(s) > 9 {
				break
			}
			if isPandigital(s) {
				products[p] = append(products[p], fmt.Sprintf("%d x %d", a, b))
			}
		}
	}
	keys := make([]int, 0, len(products))
	for k := range products {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	sum := 0
	for _, k := range keys {
		fmt.Println(k, products[k])
		sum += k
	}
	fmt.Println("sum of products:", sum)

	best, bestBase := "", 0
	for x := 1; x < 10000; x++ {
		s := ""
		for n := 1; len(s) < 9; n++ {
			s += strconv.Itoa(x * n)
		}
		if isPandigital(s) && s > best {
			best, bestBase = s, x
		}
	}
	fmt.Println("largest concatenated:", best, "from", bestBase)
	m, ok := digitMask("1223")
	fmt.Printf("%b %v %b\n", m, ok, full)
}
