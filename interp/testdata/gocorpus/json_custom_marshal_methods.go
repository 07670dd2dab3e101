// Exercises: MarshalJSON and UnmarshalJSON methods on user types.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Config struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

func main() {
	b, _ := json.Marshal(Config{"svc", Warn})
	fmt.Println(string(b))
	var c Config
	err := json.Unmarshal([]byte(`{"name":"api","level":"INFO"}`), &c)
	fmt.Println(c.Name, int(c.Level), err)
	err = json.Unmarshal([]byte(`{"level":"trace"}`), &c)
	fmt.Println(err)
}
