package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Severity int

const (
	Low Severity = iota + 1
	Medium
	High
)

var sevNames = map[Severity]string{Low: "low", Medium: "medium", High: "high"}

func (s Severity) String() string { return sevNames[s] }

func (s Severity) MarshalText() ([]byte, error) {
	if n, ok := sevNames[s]; ok {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("bad severity %d", int(s))
}

func (s *Severity) UnmarshalText(b []byte) error {
	for k, v := range sevNames {
		if v == strings.ToLower(string(b)) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown severity %q", b)
}

type Meta struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

type Diagnostic struct {
	Meta
	Sev     Severity         `json:"severity"`
	Message string           `json:"message"`
	Fixes   []string         `json:"fixes,omitempty"`
	Extra   map[string]any   `json:"extra,omitempty"`
	BySev   map[Severity]int `json:"by_sev,omitempty"`
	Skip    string           `json:"-"`
	Ptr     *int             `json:"ptr"`
}

func main() {
	in := `[
	 {"file":"a.go","line":3,"severity":"HIGH","message":"unused x","fixes":["remove"]},
	 {"file":"b.go","line":10,"severity":"low","message":"style","extra":{"n":1,"list":[1,"two",null]},"ptr":5},
	 {"file":"c.go","severity":"medium","message":"shadow","Skip":"nope"}
	]`
	var ds []Diagnostic
	if err := json.Unmarshal([]byte(in), &ds); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, d := range ds {
		p := "nil"
		if d.Ptr != nil {
			p = fmt.Sprint(*d.Ptr)
		}
		fmt.Printf("%s:%d [%v] %s fixes=%v extra=%v skip=%q ptr=%s\n", d.File, d.Line, d.Sev, d.Message, d.Fixes, d.Extra, d.Skip, p)
	}
	ds[0].BySev = map[Severity]int{High: 2, Low: 1}
	out, err := json.Marshal(ds[0])
	fmt.Println(string(out), err)
	_, err = json.Marshal(Diagnostic{Sev: 9})
	fmt.Println(err)
	var d Diagnostic
	err = json.Unmarshal([]byte(`{"severity":"extreme"}`), &d)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"line": 1} {"line": 2} {"line": "x"}`))
	for {
		var m Meta
		if err := dec.Decode(&m); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(m.Line)
	}
}
