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

type Level int

const (
	Low Level = iota + 1
	Mid
	High
)

var levelNames = map[Level]string{Low: "low", Mid: "mid", High: "high"}

func (l Level) MarshalText() ([]byte, error) {
	if n, ok := levelNames[l]; ok {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("bad level %d", int(l))
}

func (l *Level) UnmarshalText(b []byte) error {
	for k, v := range levelNames {
		if v == strings.ToLower(string(b)) {
			*l = k
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Job struct {
	Name     string          `json:"name"`
	Timeout  Duration        `json:"timeout"`
	Priority Level           `json:"priority"`
	Limits   map[Level]int   `json:"limits,omitempty"`
	Extra    json.RawMessage `json:"extra,omitempty"`
}

func main() {
	in := `[{"name":"build","timeout":"1m30s","priority":"HIGH","limits":{"low":1,"high":3},"extra":{"k":[1,2]}},
	        {"name":"test","timeout":"45s","priority":"low"}]`
	var jobs []Job
	if err := json.Unmarshal([]byte(in), &jobs); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, j := range jobs {
		fmt.Printf("%s %v %d %v %s\n", j.Name, j.Timeout.Duration, j.Priority, j.Limits, j.Extra)
	}
	out, err := json.Marshal(jobs)
	fmt.Println(string(out), err)
	for _, bad := range []string{`{"timeout": 5}`, `{"timeout": "5 parsecs"}`, `{"priority": "urgent"}`} {
		var j Job
		fmt.Println("bad:", json.Unmarshal([]byte(bad), &j))
	}
	_, err = json.Marshal(Job{Priority: 7})
	fmt.Println("marshal bad level:", err)
	dec := json.NewDecoder(strings.NewReader(`{"name":"x","bogus":1}`))
	dec.DisallowUnknownFields()
	var j Job
	fmt.Println("strict:", dec.Decode(&j))
}
