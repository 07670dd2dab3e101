package kernel

import (
	"context"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gobackprop/gobackprop/display"
)

type executeRequest struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      bool              `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

// handleExecute runs a cell. It returns when the cell failed, if the
// request asks that the ones queued behind it be aborted (serveShell
// does that); else the zero time.
func (k *Kernel) handleExecute(sock zmq4.Socket, req *Message) (abortFrom time.Time) {
	var c executeRequest
	if !k.decode(sock, req, "execute_reply", &c) {
		return time.Time{}
	}
	storeHistory := !c.Silent && (c.StoreHistory == nil || *c.StoreHistory)
	stopOnError := c.StopOnError == nil || *c.StopOnError

	ctx, cancel := context.WithCancel(context.Background())
	k.mu.Lock()
	if storeHistory {
		k.executionCount++
	}
	count := k.executionCount
	k.cancelRun = cancel
	k.mu.Unlock()
	defer func() {
		cancel()
		k.mu.Lock()
		k.cancelRun = nil
		k.mu.Unlock()
	}()

	if !c.Silent {
		k.publish(newMessage("execute_input", req, map[string]any{"code": c.Code, "execution_count": count}))
	}
	fe := newIOPubFrontend(ctx, k, req, c.Silent, c.AllowStdin)
	result, err := k.interp.Execute(ctx, c.Code, fe)
	fe.close()
	if !c.Silent {
		// Output between cells goes to this cell now, with a budget of
		// its own; the last one's notice, if it dropped any, goes out.
		k.mu.Lock()
		old := k.background
		k.background = newIOPubFrontend(context.Background(), k, req, false, false)
		k.mu.Unlock()
		if old != nil {
			old.close()
		}
	}

	if storeHistory {
		k.history.add(count, c.Code, resultText(result, err))
	}
	if err != nil {
		abortAfter := stopOnError && !c.Silent
		if abortAfter {
			// Nothing tells the client of the failure yet: what it
			// sends meanwhile it sent not knowing, and is aborted.
			time.Sleep(stopOnErrorHold)
		}
		// Taken before the error is published: a request made after
		// this moment may be one the client sent knowing of the error.
		failedAt := time.Now()
		ename, evalue, tb := describeError(err)
		if !c.Silent {
			k.publish(newMessage("error", req, map[string]any{"ename": ename, "evalue": evalue, "traceback": tb}))
		}
		content := errorContent(ename, evalue, tb)
		content["execution_count"] = count
		content["user_expressions"] = map[string]any{}
		k.reply(sock, req, "execute_reply", content)
		if abortAfter {
			return failedAt
		}
		return time.Time{}
	}
	if len(result) > 0 && !c.Silent {
		k.publish(newMessage("execute_result", req, map[string]any{
			"execution_count": count, "data": result, "metadata": map[string]any{},
		}))
	}
	k.reply(sock, req, "execute_reply", map[string]any{
		"status":           "ok",
		"execution_count":  count,
		"user_expressions": k.userExpressions(c.UserExpressions),
		"payload":          []any{},
	})
	return time.Time{}
}

// describeError turns an interpreter error into the protocol's ename,
// evalue and traceback.
func describeError(err error) (ename, evalue string, traceback []string) {
	return display.DescribeError(err)
}

func resultText(result display.Bundle, err error) string {
	if err != nil {
		return err.Error()
	}
	if s, ok := result[display.MIMEText].(string); ok {
		return s
	}
	return ""
}

// userExpressions evaluates each expression silently, as the protocol asks,
// after the cell ran.
func (k *Kernel) userExpressions(exprs map[string]string) map[string]any {
	out := map[string]any{}
	for name, expr := range exprs {
		res, err := k.interp.Execute(context.Background(), expr, display.Discard)
		if err != nil {
			ename, evalue, tb := describeError(err)
			out[name] = errorContent(ename, evalue, tb)
			continue
		}
		if res == nil {
			res = display.Bundle{}
		}
		out[name] = map[string]any{"status": "ok", "data": res, "metadata": map[string]any{}}
	}
	return out
}

// abortExecute answers an execute request queued behind a failed one
// with status "aborted", without running it (stop_on_error, abort.go).
func (k *Kernel) abortExecute(req *Message) {
	k.status(req, "busy")
	k.mu.Lock()
	count := k.executionCount
	k.mu.Unlock()
	k.reply(k.shell, req, "execute_reply", map[string]any{"status": "aborted", "execution_count": count})
	k.status(req, "idle")
}
