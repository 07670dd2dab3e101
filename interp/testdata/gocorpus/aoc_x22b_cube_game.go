package main

import (
	"fmt"
	"strconv"
	"strings"
)

const games = `Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green`

type Draw map[string]int

type Game struct {
	ID    int
	Draws []Draw
}

func parseGame(line string) (Game, error) {
	head, body, ok := strings.Cut(line, ": ")
	if !ok {
		return Game{}, fmt.Errorf("no colon in %q", line)
	}
	id, err := strconv.Atoi(strings.TrimPrefix(head, "Game "))
	if err != nil {
		return Game{}, err
	}
	g := Game{ID: id}
	for _, set := range strings.Split(body, "; ") {
		d := Draw{}
		for _, part := range strings.Split(set, ", ") {
			var n int
			var color string
			if _, err := fmt.Sscanf(part, "%d %s", &n, &color); err != nil {
				return Game{}, fmt.Errorf("game %d: %w", id, err)
			}
			d[color] += n
		}
		g.Draws = append(g.Draws, d)
	}
	return g, nil
}

func (g Game) Min() Draw {
	m := Draw{}
	for _, d := range g.Draws {
		for c, n := range d {
			m[c] = max(m[c], n)
		}
	}
	return m
}

func (d Draw) Power() int {
	p := 1
	for _, c := range []string{"red", "green", "blue"} {
		p *= d[c]
	}
	return p
}

func main() {
	limit := Draw{"red": 12, "green": 13, "blue": 14}
	sumIDs, sumPower := 0, 0
	for _, line := range strings.Split(games, "\n") {
		g, err := parseGame(line)
		if err != nil {
			fmt.Println(err)
			continue
		}
		m := g.Min()
		ok := true
		for c, n := range m {
			if n > limit[c] {
				ok = false
			}
		}
		if ok {
			sumIDs += g.ID
		}
		sumPower += m.Power()
		fmt.Println(g.ID, m, ok, m.Power())
	}
	fmt.Println(sumIDs, sumPower)
	_, err := parseGame("Game 9: x blue")
	fmt.Println(err)
}
