package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) MarshalText() ([]byte, error) { return []byte(levelNames[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Entry struct {
	Time    time.Time      `json:"ts"`
	Level   Level          `json:"level"`
	Msg     string         `json:"msg"`
	Fields  map[string]any `json:"fields,omitempty"`
	Latency *float64       `json:"latency_ms,omitempty"`
	Extra   map[Level]int  `json:"extra,omitempty"`
}

const logs = `{"ts":"2024-03-01T10:00:00Z","level":"info","msg":"start","fields":{"port":8080}}
{"ts":"2024-03-01T10:00:01.5Z","level":"WARN","msg":"slow","latency_ms":250.5}
not json at all
{"ts":"2024-03-01T10:00:03Z","level":"error","msg":"failed","fields":{"code":500,"path":"/x","retry":true}}
{"ts":"2024-03-01T10:00:02Z","level":"trace","msg":"?"}
{"ts":"2024-03-01T10:00:04+02:00","level":"debug","msg":"tz"}`

func main() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	var entries []Entry
	line := 0
	for sc.Scan() {
		line++
		var e Entry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Time.Before(entries[j].Time) })
	byLevel := map[Level]int{}
	for _, e := range entries {
		byLevel[e.Level]++
		lat := "-"
		if e.Latency != nil {
			lat = fmt.Sprintf("%.1fms", *e.Latency)
		}
		fmt.Printf("%s %-5v %-6s %s %v\n", e.Time.UTC().Format("15:04:05.000"), e.Level, e.Msg, lat, e.Fields)
	}
	fmt.Println(byLevel)
	first, last := entries[0].Time, entries[len(entries)-1].Time
	fmt.Println("span:", last.Sub(first))
	entries[0].Extra = byLevel
	b, err := json.Marshal(entries[0])
	fmt.Println(string(b), err)
	if code, ok := entries[len(entries)-1].Fields["code"].(float64); ok {
		fmt.Println("code", int(code))
	}
}
