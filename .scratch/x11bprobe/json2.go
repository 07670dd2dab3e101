package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Low Level = iota
	High
)

var names = []string{"low", "high"}

func (l Level) MarshalText() ([]byte, error) { return []byte(names[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range names {
		if n == strings.ToLower(string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("bad level %q", b)
}

type Task struct {
	Name  string
	Level Level
	Tags  map[Level]int
}

func main() {
	b, err := json.Marshal(Task{"t", High, map[Level]int{Low: 1, High: 2}})
	fmt.Println(string(b), err)
	var t Task
	err = json.Unmarshal([]byte(`{"Name":"u","Level":"HIGH","Tags":{"low":5}}`), &t)
	fmt.Println(t.Name, t.Level, t.Tags, err)
	err = json.Unmarshal([]byte(`{"Level":"mid"}`), &t)
	fmt.Println(err)
	b, _ = json.Marshal([]any{Low, High})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]any{"l": High})
	fmt.Println(string(b))
}
