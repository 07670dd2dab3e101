package main

import (
	"encoding/json"
	"fmt"
)

type Level int

type DB struct {
	Port  int     `json:"port,string"`
	Ratio float64 `json:"ratio,string"`
	On    bool    `json:"on,string"`
	Lvl   Level   `json:"lvl,string"`
}

func main() {
	for _, in := range []string{`{"port": 5432}`, `{"port":"abc"}`, `{"port":"12"}`, `{"ratio":"1.5","on":"true"}`, `{"on":"maybe"}`, `{"lvl":3}`, `{"lvl":"4"}`, `{"port":null}`, `{"port":""}`} {
		var d DB
		err := json.Unmarshal([]byte(in), &d)
		fmt.Println(d, err)
	}
}
