// Exercises: Towers of Hanoi recursive with a closure counting moves, and iterative with pegs as stacks
package main

import "fmt"

type peg []int

func (p *peg) push(d int) { *p = append(*p, d) }
func (p *peg) pop() int {
	old := *p
	d := old[len(old)-1]
	*p = old[:len(old)-1]
	return d
}

func main() {
	moves := 0
	var move func(n int, from, to, via string)
	move = func(n int, from, to, via string) {
		if n == 0 {
			return
		}
		move(n-1, from, via, to)
		moves++
		if moves <= 7 {
			fmt.Printf("move disk %d from %s to %s\n", n, from, to)
		}
		move(n-1, via, to, from)
	}
	move(3, "A", "C", "B")
	move(10, "A", "C", "B")
	fmt.Println("total moves:", moves)

	pegs := [3]peg{}
	for d := 4; d >= 1; d-- {
		pegs[0].push(d)
	}
	n := 4
	total := 1<<n - 1
	for i := 1; i <= total; i++ {
		a, b := (i&(i-1))%3, ((i|(i-1))+1)%3
		d := pegs[a].pop()
		pegs[b].push(d)
	}
	fmt.Println(pegs)
}
