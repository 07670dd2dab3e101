package main

import (
	"errors"
	"fmt"
	"math/big"
)

func crt(residues, moduli []int64) (*big.Int, *big.Int, error) {
	if len(residues) != len(moduli) {
		return nil, nil, errors.New("length mismatch")
	}
	N := big.NewInt(1)
	for _, m := range moduli {
		N.Mul(N, big.NewInt(m))
	}
	x := new(big.Int)
	for i, m := range moduli {
		mi := big.NewInt(m)
		Mi := new(big.Int).Div(N, mi)
		inv := new(big.Int).ModInverse(Mi, mi)
		if inv == nil {
			return nil, nil, fmt.Errorf("moduli not coprime at %d", m)
		}
		term := new(big.Int).Mul(big.NewInt(residues[i]), Mi)
		term.Mul(term, inv)
		x.Add(x, term)
		fmt.Printf("  m=%d M=%v inv=%v\n", m, Mi, inv)
	}
	return x.Mod(x, N), N, nil
}

type KeyPair struct {
	N, E, D *big.Int
}

func NewKeyPair(p, q, e int64) KeyPair {
	P, Q := big.NewInt(p), big.NewInt(q)
	n := new(big.Int).Mul(P, Q)
	phi := new(big.Int).Mul(P.Sub(P, big.NewInt(1)), Q.Sub(Q, big.NewInt(1)))
	E := big.NewInt(e)
	d := new(big.Int).ModInverse(E, phi)
	return KeyPair{N: n, E: E, D: d}
}

func (k KeyPair) Encrypt(m *big.Int) *big.Int { return new(big.Int).Exp(m, k.E, k.N) }
func (k KeyPair) Decrypt(c *big.Int) *big.Int { return new(big.Int).Exp(c, k.D, k.N) }

func main() {
	x, n, err := crt([]int64{2, 3, 2}, []int64{3, 5, 7})
	fmt.Println("x =", x, "mod", n, err)
	_, _, err = crt([]int64{1, 2}, []int64{4, 6})
	fmt.Println("error:", err)

	k := NewKeyPair(61, 53, 17)
	fmt.Printf("n=%v e=%v d=%v\n", k.N, k.E, k.D)
	for _, m := range []int64{65, 1234, 42} {
		c := k.Encrypt(big.NewInt(m))
		fmt.Printf("m=%d c=%v back=%v\n", m, c, k.Decrypt(c))
	}
	big1 := NewKeyPair(1000000007, 998244353, 65537)
	msg := new(big.Int).SetBytes([]byte("CLRS"))
	c := big1.Encrypt(msg)
	fmt.Printf("%v -> %v -> %q\n", msg, c, big1.Decrypt(c).Bytes())
	fmt.Println(big.NewInt(561).ProbablyPrime(20), big.NewInt(7919).ProbablyPrime(20))
}
