package main

import (
	"fmt"
	"strings"
)

type Move struct {
	Disk     int
	From, To string
}

func (m Move) String() string {
	return fmt.Sprintf("disk %d: %s -> %s", m.Disk, m.From, m.To)
}

func hanoi(n int, from, to, via string, emit func(Move)) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, emit)
	emit(Move{n, from, to})
	hanoi(n-1, via, to, from, emit)
}

type Peg struct {
	Name  string
	Disks []int
}

func (p *Peg) push(d int) {
	if len(p.Disks) > 0 && p.Disks[len(p.Disks)-1] < d {
		panic(fmt.Sprintf("cannot place %d on %d", d, p.Disks[len(p.Disks)-1]))
	}
	p.Disks = append(p.Disks, d)
}

func (p *Peg) pop() int {
	d := p.Disks[len(p.Disks)-1]
	p.Disks = p.Disks[:len(p.Disks)-1]
	return d
}

func main() {
	var moves []Move
	hanoi(3, "A", "C", "B", func(m Move) { moves = append(moves, m) })
	for i, m := range moves {
		fmt.Printf("%2d. %v\n", i+1, m)
	}

	// replay with actual pegs
	pegs := map[string]*Peg{"A": {Name: "A"}, "B": {Name: "B"}, "C": {Name: "C"}}
	const n = 5
	for d := n; d >= 1; d-- {
		pegs["A"].push(d)
	}
	count := 0
	hanoi(n, "A", "C", "B", func(m Move) {
		d := pegs[m.From].pop()
		if d != m.Disk {
			panic("wrong disk")
		}
		pegs[m.To].push(d)
		count++
	})
	fmt.Printf("%d disks moved in %d moves (expected %d)\n", n, count, 1<<n-1)
	for _, k := range []string{"A", "B", "C"} {
		fmt.Printf("%s: %v\n", k, pegs[k].Disks)
	}

	// illegal move caught
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		p := &Peg{Name: "X"}
		p.push(1)
		p.push(2)
	}()

	// iterative count by disk
	counts := make([]int, 7)
	hanoi(6, "L", "R", "M", func(m Move) { counts[m.Disk]++ })
	fmt.Println("moves per disk:", strings.Trim(fmt.Sprint(counts[1:]), "[]"))
	fmt.Printf("%+v\n", moves[0])
}
