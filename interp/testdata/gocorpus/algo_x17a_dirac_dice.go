package main

import "fmt"

type state struct {
	pos    [2]int
	score  [2]int
	player int
}

type wins [2]int64

func (w wins) add(o wins, k int64) wins { return wins{w[0] + o[0]*k, w[1] + o[1]*k} }

func main() {
	start := [2]int{4, 8}
	// part 1: deterministic die
	pos, score := start, [2]int{}
	die, rolls := 0, 0
	roll := func() int {
		die = die%100 + 1
		rolls++
		return die
	}
	p := 0
	for score[0] < 1000 && score[1] < 1000 {
		move := roll() + roll() + roll()
		pos[p] = (pos[p]+move-1)%10 + 1
		score[p] += pos[p]
		p ^= 1
	}
	fmt.Println("part1", min(score[0], score[1])*rolls, score, rolls)

	freq := map[int]int64{}
	for a := 1; a <= 3; a++ {
		for b := 1; b <= 3; b++ {
			for c := 1; c <= 3; c++ {
				freq[a+b+c]++
			}
		}
	}
	memo := map[state]wins{}
	var play func(s state) wins
	play = func(s state) wins {
		if w, ok := memo[s]; ok {
			return w
		}
		var total wins
		for sum := 3; sum <= 9; sum++ {
			ns := s
			pl := s.player
			ns.pos[pl] = (s.pos[pl]+sum-1)%10 + 1
			ns.score[pl] += ns.pos[pl]
			if ns.score[pl] >= 21 {
				var w wins
				w[pl] = 1
				total = total.add(w, freq[sum])
				continue
			}
			ns.player ^= 1
			total = total.add(play(ns), freq[sum])
		}
		memo[s] = total
		return total
	}
	w := play(state{pos: start})
	fmt.Println("part2", w, max(w[0], w[1]), len(memo))
	fmt.Println(freq)
}
