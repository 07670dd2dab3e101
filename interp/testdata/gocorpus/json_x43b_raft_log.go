package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Entry struct {
	Term    int    `json:"term"`
	Index   int    `json:"index"`
	Command string `json:"cmd"`
}

type AppendEntries struct {
	Term         int     `json:"term"`
	LeaderID     string  `json:"leader_id"`
	PrevLogIndex int     `json:"prev_log_index"`
	PrevLogTerm  int     `json:"prev_log_term"`
	Entries      []Entry `json:"entries,omitempty"`
	LeaderCommit int     `json:"leader_commit"`
}

type Reply struct {
	Term    int  `json:"term"`
	Success bool `json:"success"`
}

type Follower struct {
	Log         []Entry
	CommitIndex int
	Term        int
}

func (f *Follower) Handle(raw []byte) []byte {
	var req AppendEntries
	if err := json.Unmarshal(raw, &req); err != nil {
		panic(err)
	}
	rep := Reply{Term: f.Term}
	if req.Term < f.Term {
		out, _ := json.Marshal(rep)
		return out
	}
	f.Term = req.Term
	if req.PrevLogIndex > len(f.Log) || (req.PrevLogIndex > 0 && f.Log[req.PrevLogIndex-1].Term != req.PrevLogTerm) {
		out, _ := json.Marshal(Reply{Term: f.Term})
		return out
	}
	f.Log = append(f.Log[:req.PrevLogIndex], req.Entries...)
	if req.LeaderCommit > f.CommitIndex {
		f.CommitIndex = min(req.LeaderCommit, len(f.Log))
	}
	out, _ := json.Marshal(Reply{Term: f.Term, Success: true})
	return out
}

func main() {
	f := &Follower{}
	msgs := []AppendEntries{
		{Term: 1, LeaderID: "n1", Entries: []Entry{{1, 1, "set x 1"}, {1, 2, "set y 2"}}, LeaderCommit: 1},
		{Term: 1, LeaderID: "n1", PrevLogIndex: 5, PrevLogTerm: 1, Entries: []Entry{{1, 6, "bad"}}},
		{Term: 2, LeaderID: "n3", PrevLogIndex: 1, PrevLogTerm: 1, Entries: []Entry{{2, 2, "del y"}}, LeaderCommit: 2},
		{Term: 1, LeaderID: "n1", PrevLogIndex: 2, PrevLogTerm: 1},
	}
	for _, m := range msgs {
		raw, err := json.Marshal(m)
		if err != nil {
			panic(err)
		}
		fmt.Println(">>", string(raw))
		fmt.Println("<<", string(f.Handle(raw)))
	}
	pretty, _ := json.MarshalIndent(f, "", "  ")
	fmt.Println(string(pretty))

	var generic map[string]any
	dec := json.NewDecoder(strings.NewReader(`{"term": 3, "entries": [{"cmd": "noop"}], "x": null}`))
	dec.UseNumber()
	if err := dec.Decode(&generic); err != nil {
		panic(err)
	}
	fmt.Printf("%v %T\n", generic, generic["term"])
}
