package main

import (
	"fmt"
	"strings"
)

type Hand int

const (
	Rock Hand = iota
	Paper
	Scissors
)

func (h Hand) String() string {
	return [...]string{"rock", "paper", "scissors"}[h]
}

func (h Hand) Beats(o Hand) bool { return (h+3-o)%3 == 1 }

type Bot interface{ Play(history []Hand) Hand }

type BotFunc func([]Hand) Hand

func (f BotFunc) Play(h []Hand) Hand { return f(h) }

type Counter struct{ seen [3]int }

func (c *Counter) Play(h []Hand) Hand {
	if len(h) > 0 {
		c.seen[h[len(h)-1]]++
	}
	most := Rock
	for i, n := range c.seen {
		if n > c.seen[most] {
			most = Hand(i)
		}
	}
	return (most + 1) % 3
}

func parse(s string) (h Hand, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad hand %q: %v", s, r)
		}
	}()
	m := map[string]Hand{"r": Rock, "p": Paper, "s": Scissors}
	h, ok := m[strings.ToLower(s)]
	if !ok {
		panic("unknown")
	}
	return h, nil
}

func main() {
	bots := map[string]Bot{
		"cycler":  BotFunc(func(h []Hand) Hand { return Hand(len(h) % 3) }),
		"counter": &Counter{},
	}
	input := strings.Split("r,r,P,s,x,r,p,p,S", ",")
	for _, name := range []string{"counter", "cycler"} {
		bot := bots[name]
		var hist []Hand
		score := map[string]int{}
		for _, in := range input {
			me, err := parse(in)
			if err != nil {
				fmt.Println(" ", err)
				continue
			}
			b := bot.Play(hist)
			hist = append(hist, me)
			res := "tie"
			if me.Beats(b) {
				res = "you"
			} else if b.Beats(me) {
				res = name
			}
			score[res]++
			fmt.Printf("  %-8v vs %-8v -> %s\n", me, b, res)
		}
		fmt.Printf("%s (%T): %v\n", name, bot, score)
	}
}
