package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string: %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var colorNames = []string{"red", "green", "blue"}

func (c Color) MarshalText() ([]byte, error) { return []byte(colorNames[c]), nil }

func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range colorNames {
		if n == strings.ToLower(string(b)) {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("unknown color %q", b)
}

type Meta struct {
	Owner   string `json:"owner"`
	Version int    `json:"version,string"`
}

type Job struct {
	Name    string           `json:"name"`
	Timeout Duration         `json:"timeout"`
	Color   Color            `json:"color"`
	Weights map[Color]int    `json:"weights"`
	Extra   *json.RawMessage `json:"extra,omitempty"`
	Meta
}

func main() {
	j := Job{Name: "build", Timeout: Duration{90 * time.Second}, Color: Blue,
		Weights: map[Color]int{Green: 2, Red: 1}, Meta: Meta{"ci", 3}}
	b, err := json.Marshal(j)
	fmt.Println(string(b), err)

	var back Job
	err = json.Unmarshal(b, &back)
	fmt.Printf("%v %+v\n", err, back)
	fmt.Println(back.Timeout.Minutes(), back.Color == Blue, back.Weights[Green])

	in := `{"name":"deploy","timeout":"1h2m","color":"GREEN","weights":{"blue":5},"owner":"ops","version":"7","extra":{"a":[1,2]}}`
	var j2 Job
	if err := json.Unmarshal([]byte(in), &j2); err != nil {
		panic(err)
	}
	fmt.Printf("%s %v %d %v %s %d %s\n", j2.Name, j2.Timeout, j2.Color, j2.Weights, j2.Owner, j2.Version, *j2.Extra)

	for _, bad := range []string{
		`{"timeout": 5}`,
		`{"timeout": "5 parsecs"}`,
		`{"color": "purple"}`,
		`{"version": 7}`,
	} {
		var x Job
		err := json.Unmarshal([]byte(bad), &x)
		fmt.Println("error:", err)
	}

	out, _ := json.MarshalIndent(map[string]any{"colors": []Color{Red, Blue}, "t": Duration{time.Millisecond * 1500}}, "", "\t")
	fmt.Println(string(out))
}
