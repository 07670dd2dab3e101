package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d,%d"`, p.X, p.Y)), nil
}

func (p *Point) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if _, err := fmt.Sscanf(s, "%d,%d", &p.X, &p.Y); err != nil {
		return fmt.Errorf("point %q: %w", s, err)
	}
	return nil
}

type Level int

const (
	Easy Level = iota
	Hard
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"easy", "hard"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "easy":
		*l = Easy
	case "hard":
		*l = Hard
	default:
		return errors.New("unknown level " + string(b))
	}
	return nil
}

type Puzzle struct {
	Name   string          `json:"name"`
	Start  Point           `json:"start"`
	Walls  []Point         `json:"walls"`
	Level  Level           `json:"level"`
	ByLvl  map[Level]int   `json:"by_level,omitempty"`
	Extra  json.RawMessage `json:"extra,omitempty"`
	Solved *bool           `json:"solved,omitempty"`
}

func main() {
	in := `{"name":"maze","start":"1,2","walls":["3,4","5,6"],"level":"HARD","by_level":{"easy":3,"hard":1},"extra":{"k":[1,2]}}`
	var p Puzzle
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", p.Start)
	fmt.Println(p.Name, p.Walls, p.Level, p.ByLvl, string(p.Extra), p.Solved == nil)
	t := true
	p.Solved = &t
	p.Walls = append(p.Walls, Point{-1, 0})
	out, err := json.Marshal(p)
	fmt.Println(string(out), err)
	for _, bad := range []string{`{"start":"x,y"}`, `{"level":"medium"}`, `{"start":5}`, `{"walls":"no"}`} {
		var q Puzzle
		err := json.Unmarshal([]byte(bad), &q)
		fmt.Println("error:", err)
	}
	m := map[Point]string{{1, 2}: "a"}
	_, err = json.Marshal(m)
	fmt.Println(err)
	var anyv map[string]any
	json.Unmarshal(out, &anyv)
	fmt.Println(anyv["start"], anyv["solved"], len(anyv))
}
