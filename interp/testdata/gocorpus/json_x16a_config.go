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

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"debug", "info", "warn"}[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	case "debug":
		*l = Debug
	case "info":
		*l = Info
	case "warn":
		*l = Warn
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type DB struct {
	Host string `json:"host"`
	Port int    `json:"port"`
}

type Config struct {
	Name     string          `json:"name"`
	Level    Level           `json:"level"`
	DB       DB              `json:"db"`
	Replicas []DB            `json:"replicas"`
	Features map[string]bool `json:"features"`
	Extra    json.RawMessage `json:"extra,omitempty"`
	Timeout  *int            `json:"timeout"`
}

func main() {
	src := `{
  "name": "svc",
  "level": "WARN",
  "db": {"host": "localhost", "port": 5432},
  "replicas": [{"host": "r1", "port": 1}, {"host": "r2", "port": 2}],
  "features": {"beta": true, "dark": false},
  "extra": {"k": [1, 2, {"z": null}]}
}`
	var c Config
	if err := json.Unmarshal([]byte(src), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s %d %+v %v %v timeout=%v\n", c.Name, c.Level, c.DB, c.Replicas, c.Features, c.Timeout)
	fmt.Println(string(c.Extra))
	t := 30
	c.Timeout = &t
	c.Level = Info
	out, _ := json.MarshalIndent(c, "", "\t")
	fmt.Println(string(out))
	var bad Config
	err := json.Unmarshal([]byte(`{"level":"loud"}`), &bad)
	fmt.Println(err)
	var any1 any
	json.Unmarshal([]byte(`[1, "two", 3.5, true, null, {"a": {}}]`), &any1)
	for _, v := range any1.([]any) {
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
	dec := json.NewDecoder(strings.NewReader(`{"host":"a","port":1} {"host":"b","port":2,"x":1}`))
	dec.DisallowUnknownFields()
	for {
		var d DB
		if err := dec.Decode(&d); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(d)
	}
}
