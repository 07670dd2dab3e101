package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

const input = `{"puzzle":"day07","grid":["#.#","..#","###"],"start":"1,1","moves":["U","R","D"],"tags":{"hard":true}}`

type Point struct{ R, C int }

func (p Point) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%d,%d", p.R, p.C))
}

func (p *Point) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	_, err := fmt.Sscanf(s, "%d,%d", &p.R, &p.C)
	return err
}

type Dir string

func (d *Dir) UnmarshalText(b []byte) error {
	s := strings.ToUpper(string(b))
	if !strings.Contains("UDLR", s) || len(s) != 1 {
		return fmt.Errorf("bad dir %q", s)
	}
	*d = Dir(s)
	return nil
}

type Puzzle struct {
	Name  string          `json:"puzzle"`
	Grid  []string        `json:"grid"`
	Start Point           `json:"start"`
	Moves []Dir           `json:"moves"`
	Tags  map[string]bool `json:"tags"`
	End   *Point          `json:"end,omitempty"`
	Extra json.RawMessage `json:"extra,omitempty"`
}

func main() {
	var p Puzzle
	if err := json.Unmarshal([]byte(input), &p); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", p)
	delta := map[Dir]Point{"U": {-1, 0}, "D": {1, 0}, "L": {0, -1}, "R": {0, 1}}
	cur := p.Start
	for _, m := range p.Moves {
		d := delta[m]
		nx := Point{cur.R + d.R, cur.C + d.C}
		if nx.R < 0 || nx.R >= len(p.Grid) || nx.C < 0 || nx.C >= len(p.Grid[0]) || p.Grid[nx.R][nx.C] == '#' {
			fmt.Println("blocked", m, "at", cur)
			continue
		}
		cur = nx
	}
	p.End = &cur
	p.Extra = json.RawMessage(`{"note":"ok"}`)
	out, err := json.Marshal(p)
	fmt.Println(string(out), err)
	var bad Puzzle
	err = json.Unmarshal([]byte(`{"moves":["Q"]}`), &bad)
	fmt.Println("err:", err)
	err = json.Unmarshal([]byte(`{"start":12}`), &bad)
	fmt.Println("err:", err)
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3]`))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
}
