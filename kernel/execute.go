package kernel

import (
	"context"
	"encoding/json"

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

func (k *Kernel) handleExecute(sock zmq4.Socket, req *Message) {
	var c executeRequest
	if err := json.Unmarshal(req.Content, &c); err != nil {
		k.reply(sock, req, "execute_reply", errorContent("BadRequest", "execute_request content: "+err.Error(), nil))
		return
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
		k.mu.Lock()
		k.background = newIOPubFrontend(context.Background(), k, req, false, false)
		k.mu.Unlock()
	}

	if storeHistory {
		k.history.add(count, c.Code, resultText(result, err))
	}
	if err != nil {
		ename, evalue, tb := describeError(err)
		if !c.Silent {
			k.publish(newMessage("error", req, map[string]any{"ename": ename, "evalue": evalue, "traceback": tb}))
		}
		content := errorContent(ename, evalue, tb)
		content["execution_count"] = count
		content["user_expressions"] = map[string]any{}
		k.reply(sock, req, "execute_reply", content)
		// The queued requests are aborted after this one's idle status.
		k.aborting = stopOnError && sock == k.shell
		return
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
		res, err := k.interp.Execute(context.Background(), expr, discardFrontend{})
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

// abortQueued answers the execute requests already queued behind a failed
// one with status "aborted": the later cells of a Run All must not run on
// a broken state (stop_on_error). Like ipykernel, it aborts only what is
// queued: a request the client sends after it saw the error runs.
// Other requests are served.
func (k *Kernel) abortQueued() {
	for {
		select {
		case req := <-k.shellQ:
			if req.Header.MsgType != "execute_request" {
				k.handle(k.shell, req)
				continue
			}
			k.status(req, "busy")
			k.mu.Lock()
			count := k.executionCount
			k.mu.Unlock()
			k.reply(k.shell, req, "execute_reply", map[string]any{"status": "aborted", "execution_count": count})
			k.status(req, "idle")
		default:
			return
		}
	}
}

type discardFrontend struct{}

func (discardFrontend) Stream(string, string)              {}
func (discardFrontend) Display(display.Output)             {}
func (discardFrontend) ClearOutput(bool)                   {}
func (discardFrontend) Input(string, bool) (string, error) { return "", display.ErrNoInput }
