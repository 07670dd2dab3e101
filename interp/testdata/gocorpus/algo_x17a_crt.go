package main

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

func egcd(a, b int64) (int64, int64, int64) {
	if b == 0 {
		return a, 1, 0
	}
	g, x, y := egcd(b, a%b)
	return g, y, x - (a/b)*y
}

func crt(rems, mods []int64) (int64, int64) {
	r, m := int64(0), int64(1)
	for i := range rems {
		g, p, _ := egcd(m, mods[i])
		if (rems[i]-r)%g != 0 {
			return -1, -1
		}
		lcm := m / g * mods[i]
		t := ((rems[i] - r) / g % (mods[i] / g)) * p % (mods[i] / g)
		r = ((r+m*t)%lcm + lcm) % lcm
		m = lcm
	}
	return r, m
}

func main() {
	const notes = `939
7,13,x,x,59,x,31,19`
	lines := strings.Split(notes, "\n")
	earliest, _ := strconv.Atoi(lines[0])
	var rems, mods []int64
	bestBus, bestWait := 0, 1<<31
	for i, f := range strings.Split(lines[1], ",") {
		if f == "x" {
			continue
		}
		id, _ := strconv.Atoi(f)
		if w := (id - earliest%id) % id; w < bestWait {
			bestBus, bestWait = id, w
		}
		mods = append(mods, int64(id))
		rems = append(rems, int64(((-i)%id+id)%id))
	}
	fmt.Println("part1", bestBus*bestWait, bestBus, bestWait)
	t, m := crt(rems, mods)
	fmt.Println("part2", t, "mod", m)
	for _, sched := range []string{"17,x,13,19", "67,7,59,61", "1789,37,47,1889"} {
		rems, mods = rems[:0], mods[:0]
		for i, f := range strings.Split(sched, ",") {
			if id, err := strconv.ParseInt(f, 10, 64); err == nil {
				mods = append(mods, id)
				rems = append(rems, ((-int64(i))%id+id)%id)
			}
		}
		t, _ := crt(rems, mods)
		fmt.Printf("%-16s %d\n", sched, t)
	}
	// verify with big ints
	x := new(big.Int)
	prod := big.NewInt(1)
	for _, md := range []int64{7, 13, 59, 31, 19} {
		prod.Mul(prod, big.NewInt(md))
	}
	x.Exp(big.NewInt(2), big.NewInt(100), prod)
	fmt.Println(prod, x, new(big.Int).ModInverse(big.NewInt(3), big.NewInt(7)))
	fmt.Println(new(big.Int).Binomial(40, 20).String())
}
