package main

import (
	"fmt"
	"math/bits"
	"strings"
)

func mulmod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, rem := bits.Div64(hi%m, lo, m)
	return rem
}

func powmod(a, e, m uint64) uint64 {
	r := uint64(1)
	a %= m
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = mulmod(r, a, m)
		}
		a = mulmod(a, a, m)
	}
	return r
}

type Witness struct {
	Base   uint64
	Reason string
}

// millerRabin tests n with fixed bases; a non-nil witness proves n composite.
func millerRabin(n uint64, bases []uint64) (bool, *Witness) {
	if n < 2 {
		return false, &Witness{0, "n < 2"}
	}
	for _, p := range []uint64{2, 3, 5, 7} {
		if n%p == 0 {
			if n == p {
				return true, nil
			}
			return false, &Witness{p, "small factor"}
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
next:
	for _, a := range bases {
		if a%n == 0 {
			continue
		}
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		for r := 1; r < s; r++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				continue next
			}
		}
		return false, &Witness{a, fmt.Sprintf("a^d=%d never reached -1 in %d squarings", powmod(a, d, n), s)}
	}
	return true, nil
}

func main() {
	bases := []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}
	tests := []uint64{1, 2, 97, 561, 1105, 7919, 1_000_000_007, 3215031751, 18446744073709551557, 4294967297}
	for _, n := range tests {
		prime, w := millerRabin(n, bases)
		if w != nil {
			fmt.Printf("%-22d composite  witness=%+v\n", n, *w)
		} else {
			fmt.Printf("%-22d prime=%v\n", n, prime)
		}
	}
	var primes []string
	for n := uint64(90); n < 140; n++ {
		if ok, _ := millerRabin(n, bases[:3]); ok {
			primes = append(primes, fmt.Sprint(n))
		}
	}
	fmt.Println(strings.Join(primes, ","))
}
