package kernel

import (
	"slices"
	"sync"

	"github.com/go-zeromq/zmq4"
)

// history keeps the cells executed in this kernel process, for
// history_request. It is not persisted: a restarted kernel starts a new
// session, numbered from 1.
type history struct {
	mu      sync.Mutex
	entries []historyEntry
}

type historyEntry struct {
	line   int
	input  string
	output string
}

const historySession = 1

func (h *history) add(line int, input, output string) {
	h.mu.Lock()
	h.entries = append(h.entries, historyEntry{line, input, output})
	h.mu.Unlock()
}

type historyRequest struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              int    `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// query answers a history request with [session, line, input] triples, or
// [session, line, [input, output]] when output is asked for.
func (h *history) query(r historyRequest) []any {
	h.mu.Lock()
	defer h.mu.Unlock()
	var picked []historyEntry
	switch r.HistAccessType {
	case "tail":
		n := r.N
		if n <= 0 || n > len(h.entries) {
			n = len(h.entries)
		}
		picked = h.entries[len(h.entries)-n:]
	case "range":
		if r.Session != 0 && r.Session != historySession && r.Session > 0 {
			break
		}
		for _, e := range h.entries {
			if e.line >= r.Start && (r.Stop <= 0 || e.line < r.Stop) {
				picked = append(picked, e)
			}
		}
	case "search":
		picked = h.search(r)
	}
	out := make([]any, 0, len(picked))
	for _, e := range picked {
		if r.Output {
			out = append(out, []any{historySession, e.line, []any{e.input, e.output}})
		} else {
			out = append(out, []any{historySession, e.line, e.input})
		}
	}
	return out
}

// search returns the entries whose input matches the request's pattern
// (glob.go), oldest first: the newest n if n > 0, each input once if
// unique. Time is linear in the history's size: one match per entry,
// newest first, and one reversal at the end.
func (h *history) search(r historyRequest) []historyEntry {
	pattern := r.Pattern
	if pattern == "" {
		pattern = "*"
	}
	g := compileGlob(pattern)
	var seen map[string]bool
	if r.Unique {
		seen = map[string]bool{}
	}
	var picked []historyEntry
	for i := len(h.entries) - 1; i >= 0; i-- {
		e := h.entries[i]
		if !g.match(e.input) {
			continue
		}
		if seen != nil {
			if seen[e.input] {
				continue
			}
			seen[e.input] = true
		}
		picked = append(picked, e)
		if r.N > 0 && len(picked) == r.N {
			break
		}
	}
	slices.Reverse(picked)
	return picked
}

func (k *Kernel) handleHistory(sock zmq4.Socket, req *Message) {
	var r historyRequest
	if !k.decode(sock, req, "history_reply", &r) {
		return
	}
	k.reply(sock, req, "history_reply", map[string]any{"status": "ok", "history": k.history.query(r)})
}
