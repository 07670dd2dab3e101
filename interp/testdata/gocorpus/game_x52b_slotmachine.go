package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Symbol string

var reels = [3][]Symbol{
	{"cherry", "lemon", "bar", "seven", "lemon", "cherry", "bell"},
	{"bell", "cherry", "lemon", "bar", "cherry", "seven", "lemon"},
	{"lemon", "bar", "cherry", "bell", "seven", "cherry", "lemon"},
}

var payouts = map[Symbol]int{"cherry": 3, "lemon": 2, "bar": 10, "bell": 15, "seven": 50}

type Machine struct {
	rng     *rand.Rand
	credits int
	history []int
}

func (m *Machine) Spin(bet int) (line [3]Symbol, win int, err error) {
	if bet <= 0 || bet > m.credits {
		return line, 0, fmt.Errorf("invalid bet %d with %d credits", bet, m.credits)
	}
	m.credits -= bet
	for i := range line {
		line[i] = reels[i][m.rng.Intn(len(reels[i]))]
	}
	switch {
	case line[0] == line[1] && line[1] == line[2]:
		win = bet * payouts[line[0]]
	case line[0] == "cherry" || line[2] == "cherry":
		win = bet
	}
	m.credits += win
	m.history = append(m.history, win-bet)
	return
}

func main() {
	m := &Machine{rng: rand.New(rand.NewSource(99)), credits: 20}
	bets := []int{1, 2, 2, 5, 0, 1, 1, 3, 100, 2, 1, 1, 1, 2, 2}
	for i, b := range bets {
		line, win, err := m.Spin(b)
		if err != nil {
			fmt.Printf("%2d: %v\n", i+1, err)
			continue
		}
		s := make([]string, 3)
		for k, sym := range line {
			s[k] = fmt.Sprintf("%-6s", sym)
		}
		fmt.Printf("%2d: bet %d [%s] win %-3d credits %d\n", i+1, b, strings.Join(s, "|"), win, m.credits)
	}
	net := 0
	for _, h := range m.history {
		net += h
	}
	fmt.Println("spins:", len(m.history), "net:", net)
}
