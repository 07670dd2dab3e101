// Exercises: sieve of Eratosthenes with a []uint64 bitset type and methods, twin primes, prime counting
package main

import "fmt"

type bitset []uint64

func newBitset(n int) bitset    { return make(bitset, (n+63)/64) }
func (b bitset) set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b bitset) String() string { return fmt.Sprintf("bitset(%d words)", len(b)) }

func sieve(n int) []int {
	composite := newBitset(n + 1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite.has(i) {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite.set(j)
		}
	}
	return primes
}

func main() {
	ps := sieve(100000)
	fmt.Println(ps[:15], len(ps), ps[len(ps)-1])
	twins := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs below 100000:", twins)
	for _, lim := range []int{10, 100, 1000, 10000} {
		n := 0
		for _, p := range ps {
			if p > lim {
				break
			}
			n++
		}
		fmt.Printf("pi(%d) = %d\n", lim, n)
	}
	fmt.Println(newBitset(130))
}
