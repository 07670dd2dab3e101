package main

import "fmt"

// Concurrent prime sieve (the famous Go example, bounded).
func generate(ch chan<- int, limit int) {
	for i := 2; i <= limit; i++ {
		ch <- i
	}
	close(ch)
}

func filter(in <-chan int, out chan<- int, prime int) {
	for i := range in {
		if i%prime != 0 {
			out <- i
		}
	}
	close(out)
}

func sieve(limit int) []int {
	ch := make(chan int)
	go generate(ch, limit)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			return primes
		}
		primes = append(primes, p)
		next := make(chan int)
		go filter(ch, next, p)
		ch = next
	}
}

func twinPrimes(ps []int) [][2]int {
	var out [][2]int
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			out = append(out, [2]int{ps[i-1], ps[i]})
		}
	}
	return out
}

func main() {
	ps := sieve(120)
	fmt.Println(len(ps), ps)
	fmt.Println("twins:", twinPrimes(ps))
	gaps := map[int]int{}
	for i := 1; i < len(ps); i++ {
		gaps[ps[i]-ps[i-1]]++
	}
	fmt.Println("gaps:", gaps)
	fmt.Printf("%v %d\n", sieve(2), len(sieve(1)))
}
